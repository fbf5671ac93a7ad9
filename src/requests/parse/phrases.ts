/**
 * Values written as phrases inside a longer message, found on the message as written (names keep
 * their capitals): a person nominated, a move "from Geneva to Bangkok", a provider, a percentage,
 * work "from Spain". Each returns undefined when the message does not say it plainly.
 */

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const PARTICLE = "(?:de|da|del|della|di|dos|du|la|le|van|von|der|bin|al|y)";
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;
const NOMINATE_EN = new RegExp(
  `(?:nominat\\w*|recogni[sz]\\w*|propos\\w*|put forward)\\s+(?:my\\s+|our\\s+)?(?:(?:colleague|team ?mate|staff member|team member)\\s+)?(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)`,
  "u",
);
const NOMINATE_FR = new RegExp(
  `(?:propos\\w*|nomm\\w*|pr[ée]sent\\w*|candidat\\w*)\\s+(?:(?:mon|ma|mes|notre|nos)\\s+(?:coll[eè]gues?|[ée]quipe|coll[eè]gue)\\s+)?(${NAME}(?:\\s*(?:,|et|&)\\s*${NAME})*)`,
  "u",
);
const NOMINATE_ES = new RegExp(
  `(?:nomin\\w*|propon\\w*|propong\\w*|reconoc\\w*|present\\w*)\\s+(?:a\\s+)?(?:(?:mi|mis|nuestro|nuestra|nuestros)\\s+(?:colegas?|compa[ñn]er[oa]s?|equipo)\\s+)?(?:a\\s+)?(${NAME}(?:\\s*(?:,|y|e|&)\\s*${NAME})*)`,
  "u",
);
const NOMINATE_ZH =
  /(?:提名|表彰|推荐)(?:我的|我们的)?(?:同事|团队成员|职员)?\s*([\p{Script=Han}·]{2,6}?|[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})(?=\s*(?:获得|获|参加|参评|为|作为|的|，|,|。|！|$))/u;

/** The people a nomination names: "nominate Maria Lopez for recognition", "提名王芳获得表彰". */
export function findNominees(raw: string): string | undefined {
  const m = NOMINATE_EN.exec(raw) ?? NOMINATE_FR.exec(raw) ?? NOMINATE_ES.exec(raw) ?? NOMINATE_ZH.exec(raw);
  const name = m?.[1]?.trim();
  // "I" and sentence-initial words are no names
  if (
    !name ||
    /^(I|The|A|An|My|Our|Someone|Somebody|Him|Her|Them|Je|Le|La|Les|Un|Une|Mon|Ma|Notre|Yo|El|Los|Las|Una|Mi|Nuestro|Nuestra)$/u.test(
      name,
    )
  )
    return undefined;
  return name;
}

const TIME_WORDS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|this|today|tomorrow|home)/i;
const PLACE = "(\\p{L}[\\p{L} .'’-]*?)";
const FROM_TO_EN = new RegExp(
  `\\bfrom\\s+(?:the\\s+)?${PLACE}\\s+(?:to|into)\\s+(?:the\\s+)?${PLACE}(?=\\s*(?:[,.;!?]|$)|\\s+(?:for|from|starting|start|as|effective|on|in|by|with|until|till|and)\\b)`,
  "iu",
);
// "de Genève à Bangkok", "depuis Genève vers Bangkok", "de Ginebra a Bangkok", "desde Ginebra hasta Bangkok"
const FROM_TO_ROMANCE =
  /(?:^|\s)(?:de|d'|depuis|desde|del)\s*(?:l'|la\s+|le\s+|el\s+)?(\p{Lu}[\p{L} .'’-]*?)\s+(?:à|a|au|vers|hasta|al)\s+(?:l'|la\s+|le\s+|el\s+)?(\p{Lu}[\p{L} .'’-]*?)(?=\s*(?:[,.;!?]|$)|\s+(?:pour|pendant|à partir|dès|le|du|en|por|durante|a partir|desde|el|y|et)\b)/u;
const ROMANCE_TIME_WORDS =
  /^(?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|mi[ée]rcoles|jueves|viernes)/i;
const FROM_TO_ZH =
  /从\s*([^，,。；;\d\s]{1,20}?)\s*(?:调到|调往|调至|调任|转到|转至|去|到|至)\s*([^，,。；;\d\s]{1,20}?)(?=[，,。；;！!?？]|$|工作|任职|办公|的|，)/u;
const ZH_TIME = /\d|[一二三四五六七八九十]+[月日号]|星期|周[一二三四五六日天]|今天|明天|下周|本周|月底|年底/;

/** "from Geneva to Bangkok", "从日内瓦调到曼谷": where a move starts and ends; never two dates. */
export function findFromTo(raw: string): { from: string; to: string } | undefined {
  const en = FROM_TO_EN.exec(raw);
  if (en?.[1] && en[2] && !TIME_WORDS.test(en[1]) && !TIME_WORDS.test(en[2])) {
    return { from: en[1].trim(), to: en[2].trim() };
  }
  const romance = FROM_TO_ROMANCE.exec(raw);
  if (
    romance?.[1] &&
    romance[2] &&
    !ROMANCE_TIME_WORDS.test(romance[1]) &&
    !ROMANCE_TIME_WORDS.test(romance[2])
  ) {
    return { from: romance[1].trim(), to: romance[2].trim() };
  }
  const zh = FROM_TO_ZH.exec(raw);
  if (zh?.[1] && zh[2] && !ZH_TIME.test(zh[1]) && !ZH_TIME.test(zh[2])) return { from: zh[1], to: zh[2] };
  return undefined;
}

const PROVIDER =
  /(?:itcilo|\bilo\b.*\b(?:centre|center)\b|turin|torino|\bcentre\b|\bcenter\b|universi(?:t|dad)|institut|academy|\bschool\b|college|coursera|\bedx\b|udemy|linkedin learning|unssc|unitar|大学|学院|培训中心|都灵|研究所|tur[ií]n|\bcentro\b|\b[ée]cole\b|\bescuela\b|plateforme|plataforma)/i;
const PROVIDER_AFTER =
  /(?:\b(?:at|by|with|from|provided by|run by|offered by|aupr[eè]s d[eu]|avec|chez|dispens[ée]e? par|organis[ée]e? par|propos[ée]e? par|con|impartid[oa] por|organizad[oa] por|ofrecid[oa] por|en|au|aux)\s+|(?:^|\s)à\s+)(?:the\s+|l'|la\s+|le\s+|el\s+)?([^,;，；]+)/i;

/** A segment of the message naming an institution: "ITCILO Turin", "at the University of Geneva". */
export function findProvider(raw: string): string | undefined {
  for (const segment of raw.split(/\s*[,，;；]\s*/)) {
    if (!PROVIDER.test(segment)) continue;
    // The innermost preposition whose tail still names an institution: in "formation en ligne à
    // l'université de Genève" the provider follows "à", not the "en" of "en ligne".
    let named = segment;
    for (
      let tail = PROVIDER_AFTER.exec(named)?.[1];
      tail && PROVIDER.test(tail);
      tail = PROVIDER_AFTER.exec(tail)?.[1]
    )
      named = tail;
    // a whole sentence is no provider's name
    if (named.split(/\s+/).length <= 8) return named.trim().replace(/[.。!！]$/, "");
  }
  return undefined;
}

/** "80%", "60 %": the share of full time of a part-time arrangement. */
export function findPercentage(raw: string): string | undefined {
  const m = /(?<![\d.])(\d{1,3})\s*%/.exec(raw);
  const n = m?.[1] ? Number(m[1]) : undefined;
  return n !== undefined && n > 0 && n < 100 ? `${n}%` : undefined;
}

const ELSEWHERE_EN =
  /\b(?:[Tt]elework\w*|[Ww]ork\w*|[Rr]emote\w*)\s+(?:remotely\s+)?from\s+(?!home\b|my home\b|the office\b|\d)(?:abroad|another|\p{Lu}\p{L}+)/u;
const ELSEWHERE_ROMANCE =
  /\b(?:t[ée]l[ée]travail\w*|travail\w*|teletrabaj\w*|trabaj\w*)\s+(?:[àa] distance\s+|a distancia\s+)?(?:depuis|desde)\s+(?!(?:la |mi |ma )?(?:maison|casa|domicile|chez moi)\b|\d)(?:l'[ée]tranger|el extranjero|un autre|otro|otra|l'|la |le |el )?\s*\p{L}+/iu;
const ELSEWHERE_ZH = /(?:在|从)(?!家|家里|家中)[^\s，,。]{1,10}?(?:远程办公|远程工作|远程)|国外|境外|异地/u;

/** Work from another place than home ("telework from Spain", "在西班牙远程办公"). */
export function worksElsewhere(raw: string): boolean {
  return ELSEWHERE_EN.test(raw) || ELSEWHERE_ROMANCE.test(raw) || ELSEWHERE_ZH.test(raw);
}
