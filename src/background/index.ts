/** Background service worker of Policy Lens. */
export {};
