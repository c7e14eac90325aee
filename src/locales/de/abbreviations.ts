// Abbreviations that end in a dot without ending a sentence; written for this project.
export const ABBREVIATIONS: readonly string[] = [
  "Dr", "Prof", "Dipl", "Ing", "St", "Nr", "Abs", "Art", "Bd", "bzw", "ca", "usw", "etc", "vgl", "z",
  "B", "d", "h", "u", "a", "Mio", "Mrd", "Tsd", "Mill", "Jan", "Feb", "Febr", "Mär", "Apr", "Jun",
  "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Hrsg", "inkl", "zzgl", "ggf", "evtl", "Str",
  "v", "l", "r", "s", "o", "gem", "lt", "sog", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Tel",
  "Jh", "Jhd", "Co", "Kfz", "max", "min", "Min", "Std", "bspw", "insb", "mind", "rd", "zB",
];
