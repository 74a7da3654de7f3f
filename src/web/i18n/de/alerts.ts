/** Deutsch (teilweise): the public-alert screens (CAP 1.2). */
export const alerts = {
    nav: 'Öffentliche Warnungen', title: 'Öffentliche Warnungen', newAlert: 'Neue Warnung', none: 'Keine Warnungen', feed: 'Öffentlicher Feed',
    exercise: 'ÜBUNG', exerciseHelp: 'Übungsmeldung: CAP-Status Exercise; die Bevölkerung muss nichts tun.',
    state: { all: 'Alle', draft: 'Entwurf', awaiting_approval: 'Wartet auf Freigabe', approved: 'Freigegeben', published: 'Veröffentlicht', cancelled: 'Aufgehoben' },
    msgType: { Alert: 'Warnung', Update: 'Aktualisierung', Cancel: 'Aufhebung' },
    language: { 'nl-BE': 'Niederländisch', 'fr-BE': 'Französisch', 'de-DE': 'Deutsch', 'en-GB': 'Englisch' },
    action: { save: 'Entwurf speichern', submit: 'Zur Freigabe vorlegen', approve: 'Freigeben', publish: 'Veröffentlichen', return: 'An den Verfasser zurückgeben', discard: 'Entwurf verwerfen', update: 'Aktualisierung herausgeben', cancel: 'Aufhebung herausgeben', viewXml: 'CAP-XML' },
};
