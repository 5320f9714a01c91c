/** The sample timeline (data/north-korea.yaml), as the browser tests read it. */
export const SAMPLE = '/north-korea/';

/** Its lanes' titles, in the author's order. */
export const SAMPLE_LANES = ['Party meetings', 'New Year speeches and letters', 'Russia', 'China', 'Weapons and the South'];
