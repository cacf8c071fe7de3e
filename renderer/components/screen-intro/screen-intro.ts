import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { KxScreenBody } from '../screen-body/screen-body';

/** Body of an `intro` screen: one short paragraph. */
@customElement('kx-screen-intro')
export class KxScreenIntro extends KxScreenBody {
  override render() {
    return this.screen ? html`<p data-speech-key=${this.speechKey('body')}>${this.rich('body')}</p>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-intro': KxScreenIntro;
  }
}
