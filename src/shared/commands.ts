/** The extension's keyboard commands, as manifest.json names them. */

/** Opens the form that highlights the selected text. */
export const SAVE_SELECTION_COMMAND = 'save-selection';
