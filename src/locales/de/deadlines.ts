import { LETTER } from "../../util/letters.js";
// Cue words that make a calendar expression a deadline; written for this project.

/** Right before the expression: "bis", "bis spätestens", "spätestens", "bis zum", "noch im". */
export const DUE_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:[Bb]is\\s+(?:spätestens\\s+)?(?:(?:zum|zur|ins|in das|im|Jahr|Jahre|Ende)\\s+)*|[Ss]pätestens\\s+(?:bis\\s+)?(?:(?:zum|im|Jahr|Ende)\\s+)*|[Nn]och\\s+(?:im|in diesem)\\s+(?:Jahr\\s+)?)$`, "u");

/** Right before the expression: a start ("ab 2026", "ab dem 1. Januar"). */
export const START_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:[Aa]b|[Bb]eginnend)\\s+(?:(?:dem|Jahr|Ende|Anfang|Mitte)\\s+)*$`, "u");

/** A filing or application deadline named shortly before the expression. */
export const SUBMISSION_BEFORE = new RegExp(`(?:Frist|Stichtag|Abgabefrist|Antragsfrist|Bewerbungsfrist|Einsendeschluss|Anmeldeschluss|Meldeschluss|Antragsschluss|Bewerbungsschluss|Abgabetermin)[${LETTER}]*\\b[^.!?]{0,40}$`, "u");

/** Negation right before: "nicht erst im Jahr 2031", "keineswegs bis". */
export const NEGATED_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:nicht|kein|keine|keineswegs|niemals)\\s+(?:erst\\s+|schon\\s+|mehr\\s+)?(?:(?:bis|im|zum|Jahr|Ende|über|das|dem|nach|vor|in)\\s+)*$`, "u");

/** Words in the sentence that make a time a plan, a promise or a requirement. */
export const FUTURE_WORDS = new RegExp(`(?:^|[^${LETTER}])(?:soll|solle|sollen|sollte|sollten|will|wolle|wollen|werden|werde|wird|würde|würden|muss|müsse|müssen|müssten|plant|planen|geplant|vorgesehen|angestrebt|strebt|anstreben|beabsichtigt|ziel|Ziel|voraussichtlich|spätestens|erwartet|rechnet|Fertigstellung|Inbetriebnahme|Eröffnung|Abschluss|Start)(?![${LETTER}])`, "u");

/** After a "bis" expression: a quantity forecast ("steigen bis 2024 auf 5 Millionen"), not a deadline. */
export const FORECAST_AFTER = /^\s*(?:auf|um)\s+(?:rund\s+|etwa\s+|über\s+)?\d/u;

/** Cost horizons ("soll bis 2029 … kosten") are not deadlines. */
export const COST_WORDS = new RegExp(`(?:^|[^${LETTER}])(?:kosten|kostet|Kosten)(?![${LETTER}])`, "u");

/** Separable verb particles left at the end of a clause once the deadline is cut out ("strebt … an"). */
export const TRAILING_PARTICLES = /\s+(?:an|vor|fest|ein|um|auf|zu|aus|bei|fort|am|endet|endet am|soll|sollen|werden|wird)$/u;

/** Leading words of a clause that do not say what is due. */
export const LEADING_FILLER = /^(?:und|oder|aber|so|dann|auch|bereits|schon|noch|dabei|damit|hierzu|dazu|die|der|das|den|dem|des|ein|eine|einen|einem|es|sie|er|wir|will|wollen|soll|sollen|wird|werden|muss|müssen|strebt|plant)\s+/iu;

/** Modal and future verbs: a plan even where the sentence also speaks of the past. */
export const STRONG_FUTURE = new RegExp(`(?:^|[^${LETTER}])(?:soll|solle|sollen|sollte|sollten|will|wolle|wollen|werden|werde|wird|muss|müsse|müssen|müssten|plant|planen)(?![${LETTER}])`, "u");

/** Past-tense verbs: with no modal beside them, a time is a past event ("Im Mai 2022 war der Abschluss"). */
export const PAST_VERBS = new RegExp(`(?:^|[^${LETTER}])(?:war|waren|wurde|wurden|hatte|hatten|gab|fand|fanden|begann|endete|erfolgte|startete)(?![${LETTER}])`, "u");

/** "für 2023 vorgesehene Mittel": a budget year, not a deadline. */
export const BUDGET_YEAR_BEFORE = new RegExp(`(?:^|[^${LETTER}])[Ff]ür\\s+(?:das\\s+Jahr\\s+|die\\s+Jahre\\s+)?$`, "u");
