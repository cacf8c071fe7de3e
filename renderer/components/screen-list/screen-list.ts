import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { KxScreenBody } from '../screen-body/screen-body';

/** Body of a `list` screen: an optional lead sentence and up to five bullets. */
@customElement('kx-screen-list')
export class KxScreenList extends KxScreenBody {
  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'list') return nothing;
    return html`${this.renderLead()}<ul>${screen.items.map((item) => html`<li data-speech-key=${this.speechKey(`items.${item}`)}>${this.rich(`items.${item}`)}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-list': KxScreenList;
  }
}
