import type { RoutingWords } from "../../words-type.ts";

/** Spanish words of whole-message commands and of the router's shared tests, accents folded. */
export const routing: RoutingWords = {
  languageCommand: {
    command: /idioma|lengua/,
    fromNow: /a partir de ahora|de ahora en adelante|en adelante|ahora/,
    polite: /mejor|por favor|porfa|xfa|gracias/,
    wish: /quiero que|me gustaria que|prefiero que/,
    asking: /(?:me\s+)?(?:puedes|podrias|puede|podria)\s+|por favor,?\s+/,
    pronoun: /me\s+/,
    verbs:
      /respondas|respondieras|contestes|contestaras|hables|hablaras|escribas|escribieras|contesta|conteste|contestame|contestar|contestarme|respondeme|responde|responda|responder|responderme|habla|hable|hablame|hablar|hablarme|escribe|escribeme|escriba|escribir|escribirme|cambia|cambie|cambiar|pasa|pasar|continua|continuar|sigue|seguir/,
    object: /el idioma|de idioma/,
    preposition: /(?:en|a|al|con|en el|a la)\s+/,
    prefer: /prefiero|preferiria/,
    preferArticle: /(?:el|la|las|los)\s+/,
    preferAnswers: /respuestas/,
    preferPreposition: /en/,
    speak: /habla|hables|hable|hablar/,
    withMe: /conmigo/,
    answers: /respuestas/,
    namePreposition: /en/,
    requestWithoutSpaces: null,
  },
  routing: {
    asksWhy: null,
    aboutAName:
      /\bqu[eé] es\b|\bqui[eé]n es\b|\bpapel de\b|se menciona|\bmencionad|\bque hace\b|\bqu[eé] papel\b|\bpara qu[eé] sirve\b|\bse relaciona\b|\brol (de|del)\b/,
    namesAnIndicator: /indicador/,
  },
  intents: {
    progress: null,
    quantity: /porcentaje|proporci[oó]n|cifra/,
    whichFocusArea: /\b(que|cual|cuales) (areas?|ambitos?|esferas?|ejes?)\b/,
    aim: /objetivos?/,
    scope: null,
    paragraph: null,
    askHead:
      /^\s*¿?\s*(por favor,?\s+)?((me )?(puedes|puede|podr[ií]as|podr[ií]a)\s+|(quiero|quisiera|me gustar[ií]a)\s+)?((preguntar|consultar|enviar|pasar|transmitir|remitir|escalar|derivar)( (esto|la pregunta|mi pregunta))?\s+(a|al)\s+(los\s+|los de\s+|el\s+|la\s+|departamento de\s+)?(recursos humanos|rr\.?\s?hh\.?|rrhh)|contactar (con |a )?(los de )?(rrhh|recursos humanos)|ponme con (rrhh|recursos humanos)|hablar con (alguien de (rrhh|recursos humanos)|una persona|un humano|rrhh|recursos humanos))/,
    asksForAPerson: /\b(una persona (de verdad|real)|un humano)(?![\p{L}])/u,
    note: /nota/,
    askFiller: null,
    askAbout: null,
  },
};
