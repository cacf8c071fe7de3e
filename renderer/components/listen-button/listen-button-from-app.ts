/**
 * Stands in for listen-button.ts inside a script loaded later (scripts/build.ts swaps it in):
 * the app defines <kx-listen-button> (the home screen has one), and defining it a second time
 * would throw. The topic screens use the app's element.
 */
if (customElements.get('kx-listen-button') === undefined) {
  throw new Error('The app has not defined <kx-listen-button> (listen-button.ts) before a script loaded later used it.');
}

export {};
