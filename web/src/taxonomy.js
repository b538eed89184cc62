// ACLED event types (SPEC section 2) and the colour each is drawn in.

export const EVENT_TYPES = [
  ['Battles', '#c0392b'],
  ['Explosions/Remote violence', '#e67e22'],
  ['Violence against civilians', '#8e44ad'],
  ['Protests', '#2980b9'],
  ['Riots', '#16a085'],
  ['Strategic developments', '#7f8c8d'],
];

const colours = new Map(EVENT_TYPES);

export const typeColour = type => colours.get(type) ?? '#555';

export const CERTAINTIES = ['confirmed', 'reported', 'alleged', 'unconfirmed', 'denied'];

/** Marker diameter in pixels: grows with the square root of the toll, so large tolls do not cover the map. */
export const markerSize = fatalities => Math.min(40, 10 + 4 * Math.sqrt(Math.max(0, fatalities ?? 0)));
