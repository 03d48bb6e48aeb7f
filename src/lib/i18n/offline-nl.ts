import type { offlineEn } from './offline.ts';

/** De offline kopie in het Nederlands, zoals een Nederlandse verkoper het zegt. */
export const offlineNl: Record<keyof typeof offlineEn, string> = {
  'offline.note': 'Offline kopie van {date}. Prijzen en antwoorden kunnen sindsdien veranderd zijn; kijk het na zodra je weer online bent.',
  'offline.title': 'Offline bewaard',
  'offline.lead': 'Pagina’s die je opent, blijven op dit apparaat staan. Ze werken dus ook op een parkeerplaats of in een kelder zonder bereik. Online komt elke pagina altijd vers uit het playbook.',
  'offline.listHeading': 'Op dit apparaat',
  'offline.empty': 'Er staat nog niets op dit apparaat. Open een pagina één keer terwijl je online bent, dan blijft hij hier staan.',
  'offline.noScript': 'Voor deze lijst is JavaScript nodig. Pagina’s die je al opende, werken ook zonder offline.',
  'offline.unsupported': 'Deze browser kan geen pagina’s offline bewaren.',
  'offline.count': '{count} pagina’s bewaard',
  'offline.countOne': '1 pagina bewaard',
  'offline.remove': 'Offline kopie verwijderen',
  'offline.removeHint': 'Wist alle bewaarde pagina’s en de zoekindex van dit apparaat. Doe dit op een gedeeld of kwijtgeraakt apparaat.',
  'offline.removed': 'De offline kopie is van dit apparaat verwijderd.',
  'offline.missing': 'Je bent offline en deze pagina staat niet op dit apparaat.',
  'offline.pageLink': 'Offline bewaard',
  'offline.search': 'Je bent offline en voor deze zoekopdracht zijn delen van de index nodig die niet op dit apparaat staan. Daarom kan hij niet zeggen wat er past. Zoekopdrachten die je eerder deed en pagina’s die offline bewaard zijn, werken nog wel.',
  'offline.searchSome': 'Je bent offline: {count} pagina’s passen, maar die staan niet op dit apparaat. Zoekopdrachten die je eerder deed en pagina’s die offline bewaard zijn, werken nog wel.',
  'offline.manifestDescription': 'Argumenten, bezwaren en aanbiedingen voor klantbezoeken, ook offline.',
  'offline.save': 'Offline bewaren',
  'offline.saved': 'Offline bewaard: {count} pagina’s staan nu op dit apparaat.',
  'offline.saveFailed': '{count} pagina’s konden niet bewaard worden (geen verbinding, of je bent uitgelogd). Probeer het opnieuw als je online bent.',
};
