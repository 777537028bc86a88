/**
 * jsdom lays nothing out, and its ranges have no `getClientRects`: here a
 * range has no boxes, which is all the overlay of saved items needs to know
 * in tests that start the whole content script. Imported for this effect.
 */
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
