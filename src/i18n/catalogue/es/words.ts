import type { Words } from "../../words-type.ts";
import { TYPE } from "../shapes.ts";
import { modules } from "./words-modules.ts";
import { routing } from "./words-routing.ts";

/**
 * Spanish vocabulary, accents optional. Where French and Spanish shared one pattern whose parts
 * combine ("merci de" before "aprobar"), the parts are slots of the composing module's pattern.
 */
export const es: Words = {
  ...routing,
  ...modules,
  languages: {
    names: {
      en: ["ingles", "inglesa"],
      zh: ["chino"],
      fr: ["frances", "francesa"],
      es: ["espanol", "espanola", "castellano"],
    },
    namesInRun: { en: [], zh: [], fr: [], es: [] },
    notATypo: [],
    asksAbility: /\b(?:hablas|habla usted|entiendes|hablan)\b/,
  },
  commands: {
    requestInfo:
      /pide[rn]? (mas |más )?(informacion|información|datos|detalles)|solicita[rn]? (mas |más )?(informacion|información)|mas informacion|más información/,
    reject: /rechaz|deneg|denieg|no se aprueba/,
    approve: /acept[ao]|aceptar|aprueb[ao]|aprobar|apruebe|aprobad[oa]|autoriz[ao]\b/,
    withdraw: /anula|cancela|desist|renuncio|ya no (lo |la )?necesito|ya no me hace falta/,
    resubmit: /reenv|volver a (enviar|presentar)|aqui (esta|estan)|aquí (está|están)|adjunto/,
    selection: /selecci[oó]n|seleccionad/,
    status: /estado|como va|cómo va|novedades|avance/,
    asksForARequest:
      /\b(solicitud (de|para)|nueva solicitud|una solicitud|pedido de|petici[oó]n de|arrancar|iniciar|ser[ií]a posible|es posible|quiero|quisiera|me gustar[ií]a|solicitar|solicito|pedir|presentar|enviar|puedo|c[oó]mo (hago|pido|solicito)|necesito|podemos|podr[ií]amos|empezar a|comenzar a|postular|nominar|inscrib)/,
    mine: /\bsolicitudes (que )?(tengo|he hecho)\b|\btengo (como )?solicitudes\b|\bmis (solicitudes|pedidos|peticiones)\b|(solicitudes|peticiones) (que )?(he|hemos) (enviado|presentado|hecho|mandado)|que he pedido|lo que (he )?(envi[eé]|enviado|present[eé]|presentado|solicit[eé])/,
    queue:
      /pendiente|por (aprobar|revisar|decidir)|sin revisar|sin (resolver|tramitar|decidir)|en espera|bandeja|tramitar/,
    speaksOfRequests: /\b(solicitud(es)?|solicit[eé]|peticion(es)?|petici[oó]n|pedid[oa]s?)(?![a-zà-ÿ])/,
    pluralRequests: /\b(mis|las) solicitudes\b/,
    export: /descarg/,
    stats:
      /estad[ií]stic|cu[aá]ntas solicitudes(?! de empleo)|n[uú]mero de solicitudes(?! de empleo)|tasa de (aprobaci[oó]n|aceptaci[oó]n)/,
    hrPerson: /\b(rr\.? ?hh\.?|recursos humanos|una persona|humano)\b/,
    reportedDecision:
      /\b(rrhh|rr\.? ?hh\.?|ustedes) (me )?(pidi|pidieron|solicitaron)|\bcomo (se )?(me )?pidi|\baqu[ií] (est[aá]|tienen|va)\b/,
  },
  mood: {
    leadingCommand: null,
    leadingPlease: /por favor /,
    leadingVerb:
      /aprueba|aprobar|apruebe|rechaza|rechazar|rechace|retira|retirar|anula|anular|cancela|cancelar|registra|registrar|reenv[ií]a/,
    negated:
      /\b(no|nunca)\s+(lo |la |los |las )?(apruebes|apruebe|aprueben|rechaces|rechace|retires|anules|decidas|proceses)\b|\b(todav[ií]a|a[uú]n) no\b|\bno (todav[ií]a|a[uú]n)\b/,
    politeRequest: null,
    politeAsk: /puedes|podr[ií]as|puede|podr[ií]a|pueden|podr[ií]an|por favor/,
    politeObject: /lo |la /,
    politeVerb: /aprob|rechaz|retir|anul|cancel|reenv|registr|pedir/,
    question:
      /^\s*¿|^\s*(cu[aá]l|cu[aá]les|c[oó]mo|cu[aá]ndo|d[oó]nde|por qu[eé]|qu[eé]|qui[eé]n|cu[aá]nto)\b|\b(ha|han|fue|est[aá])\s+(sido\s+)?(aprobad|rechazad|retirad)/,
    already: /ya/,
    decidedStem: /aprobad|rechazad/,
  },
  facets: {
    baseline:
      /linea de base|valor de referencia|punto de partida|valor inicial|situacion (inicial|de partida)|cifra (inicial|de partida)|dato (inicial|de partida)|nivel (de referencia|inicial)|valor de partida|\b(resultado|cifra|nivel|puntuacion)s? (de|en|para) 20(1[89]|2[01])\b/,
    milestone: /hito|mitad de (camino|periodo)/,
    target: /meta\b|metas\b|objetivo/,
    verification:
      /fuente|se mide con|como se mide|con (que|cual|cuales) se mide|se mide (con|mediante|a traves|por medio)|medios de verificacion/,
    definition: /que (mide|cuenta)|definicion|significa/,
    outcome: null,
    all: null,
    rewrites: [],
  },
  amounts: {
    outcomeWord: /resultado/,
    outcomeNumbered: null,
    numerals: {},
    notAnIdPrefix: [
      "en",
      "de",
      "la",
      "el",
      "un",
      "los",
      "las",
      "del",
      "al",
      "y",
      "se",
      "es",
      "desde",
      "hasta",
    ],
    list: /\b(lista[r]?|enumera[r]?|todas las|todos los)\b|\bcuales (son |fueron )?(las |los )?(principales )?(lecciones|ensenanzas|riesgos|hipotesis|productos)\b/,
    quantity: null,
    quantityFolded:
      /\bcuant[oa]s?\b|\b(que|cual es el|cual es la) (porcentaje|proporcion|parte|numero|cantidad|tasa|cifra|nivel|monto|plazo|edad|reduccion|aumento)\b|\bel numero (total )?de\b|\bnumero total\b|\ben %|\bpor ano\b|\bal ano\b/,
    planned: /\b(previst[oa]s?|esperad[oa]s?|se busca|se quiere|se pretende|cifras?)\b/,
    figureWords:
      /\b(fija|fijad[oa]|indicador(es)?|reduccion|reducir|aumento|aumentar|subir|bajar|incremento|cuotas?)\b/,
    funding: /\b(presupuesto ordinario|extrapresupuestari[oa]s?|crecimiento cero)\b/,
    money: /\b(d[oó]lares|monto)\b|\b(cu[aá]nto|cu[aá]l|qu[eé])\b[^.?!]{0,25}\b(presupuesto|costo|coste)\b/,
    moneyWords: /\b(presupuestos?|costos?|costes?)\b/,
    days: /\bd[ií]as?\b/,
    weeks: /\bsemanas?\b/,
    months: /\bmeses\b/,
    hours: /cu[aá]ntas horas|horas (de \w+ )?(por|al)\b/,
    durationAsked: /\b(cu[aá]ntos|n[uú]mero de) (d[ií]as|semanas|meses)\b|\btiempo de contrataci[oó]n\b/,
    percent: /porcentaje/,
    figureDays: /d[ií]as?/,
    figureWeeks: /semanas?/,
    figureMonths: /mes(es)?/,
    figureHours: /horas?/,
    figurePercent: null,
    currencyBefore: /d[oó]lares/,
    amountAfter: /d[oó]lares|millones/,
    strategyAfterPeriod: null,
    strategyBeforeYear: null,
    previousStrategy: null,
    laterPeriod: /\bproximo bienio\b|\bproxima estrategia\b/,
  },
  ownRequest: {
    named: /\b(mi|mis) (solicitud|postulaci[oó]n)(es)?\b/,
    typeBefore: null,
    typeAfter: null,
    typeArticle: /mi|la|esa|esta/,
    typeNoun: /solicitud|postulaci[oó]n/,
    fileVerb: /registrar|registren|registra|registre/,
    filePossessive: /mi/,
    fileNoun: /solicitud/,
  },
  personal: {
    asTyped: [],
    folded: [
      /\b(?:mi|mis)\s+(?:[\w-]+\s+){0,3}?(?:vacaciones|licencias?|contrato|salario|sueldo|nomina|recibo|escalon|ascenso|evaluacion|calificacion|pension|jubilacion|grado|subsidios?|primas?|prestaciones|beneficios|derechos|reclasificacion|horas extra|visa|impuestos|postulacion|seguro|saldo)\b/,
      /\b(?:me quedan?|me toca|me corresponden?|tengo derecho|gano|cobro|me pagan|me van a (?:renovar|ascender|trasladar|pagar|evaluar)|puedo (?:jubilarme|optar)|soy elegible|califico para|postule)\b/,
    ],
  },
  platform: {
    // "registrar este canal como canal de RR. HH.", "registra como canal de recursos humanos"
    registerHrChannel:
      /^(?:registra(?:r)?|registre|define|definir)\s+(?:este\s+canal\s+)?como\s+(?:el\s+)?canal\s+de\s+(?:rr\.?\s*hh\.?|rrhh|recursos\s+humanos)$/u,
    openForm: new RegExp(`^solicitar\\s+(?:(?:una|un|el|la)\\s+)?${TYPE}$`, "u"),
    slashRequest: ["solicitud", "solicitar"],
  },
  population: {
    sexAny: /\b(sexo|genero)\b/,
    women: /\b(mujer(es)?)\b/,
    men: /\b(hombres?)\b/,
    generalService: /\b(servicios generales)\b/,
    director: /\bnivel de director\b/,
    senior: null,
    professional: /\b(servicios organicos)\b/,
    gradeAny: null,
    region: /\b(america latina|estados arabes)\b/,
    regionAny: /\bpor region\b/,
    age: /\b(menores de|mayores de)[- ]?\d\d\b/,
    ageAny: /\bpor edad\b/,
    headquarters: /\b(sede)\b/,
    field: /\boficinas? exteriores\b|\bterreno\b/,
    regularBudget: /\bpresupuesto ordinario\b/,
    extraBudgetary: /\bextrapresupuestari[oa]\b/,
    unitAny: /\bpor (departamento|oficina|pais)\b/,
    contract: /\b(plazo fijo)\b/,
    asker: /\b(soy|como)\s+(una?\s+)?(d[12]|p[1-5]|g[1-7])\b|\b(mi|nuestr[oa])\s+(d[12]|p[1-5])\b/,
    filler: null,
  },
  synonyms: [
    "empleado personal funcionario colaborador trabajador plantilla",
    "contratacion reclutamiento seleccion contratar",
    "puesto empleo cargo vacante",
    "meta objetivo",
    "formacion capacitacion aprendizaje curso competencia",
    "acoso violencia abuso intimidacion",
    "teletrabajo distancia casa hibrido flexible",
    "movilidad rotacion traslado transferencia",
    "mujer mujeres genero paridad",
    "joven jovenes juventud",
    "discapacidad discapacitado",
    "riesgo amenaza peligro",
    "socio alianza asociacion cooperacion colaboracion",
    "digital digitalizacion tecnologia automatizacion",
    "reconocimiento recompensa premio",
    "jubilacion retiro",
    "diversidad inclusion",
    "pais nacionalidad geografica geografico",
    "jefe responsable supervisor gerente",
    "encuesta cuestionario",
    "bienestar salud",
  ],
  subjects: {
    asksFocusArea:
      /\b(areas?|ambitos?) (de enfoque|prioritari[oa]s?|de accion)\b(?!\s*\d)|\besferas? de (accion|interes)\b(?!\s*\d)|[,;]\s*(area|ambito|eje)\s*\?/,
    whichHead: /que|cual|cuales/,
    areaNoun: /areas?|ambitos?|esferas?|ejes?/,
    asksDeliverable: /\bentregables?\b|\bproductos? (clave|esperados?)\b/,
    asksOutcome: /\b(que|cual|cuales) resultados?\b(?!\s*\d)|\bresultados? (clave )?(?:al|del) que\b/,
  },
};
