import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { electronNamespaceOnly } from '../../../scripts/toolchain/typecheck-electron-double';
import { strokesFor } from '../../electron-double/keyboard';
import { NotModelledError, withUnobservableFields } from '../../electron-double/not-modelled';
import { foreignChromiumOrigin, toChromiumUrl, toElectronUrl } from '../../electron-double/scheme-origin';

describe('Electron test double: scheme mapping', () => {
  const schemes = ['app'];

  test('app://kiosk/ maps to an https origin under .invalid and back, path, query and hash kept', () => {
    const mapped = toChromiumUrl('app://kiosk/content/topic.json?v=2#top', schemes);
    assert.equal(mapped, 'https://kiosk.app.electron-double.invalid/content/topic.json?v=2#top');
    assert.equal(toElectronUrl(mapped, schemes), 'app://kiosk/content/topic.json?v=2#top');
  });

  test('URLs of other schemes and origins pass through unchanged both ways', () => {
    for (const url of ['https://example.org/x', 'data:text/html,hi', 'about:blank', 'other://kiosk/x']) {
      assert.equal(toChromiumUrl(url, schemes), url);
      assert.equal(toElectronUrl(url, schemes), url);
    }
    // A foreign origin under the double's suffix is not mistaken for a scheme.
    const foreign = `${foreignChromiumOrigin('attacker')}/`;
    assert.equal(toElectronUrl(foreign, schemes), foreign);
  });

  test('any host and path of a registered scheme survives the round trip', () => {
    const host = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    // Dot segments ("." and "..") are resolved by every URL parser, so they are left out.
    const segment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,11}$/);
    fc.assert(
      fc.property(host, fc.array(segment, { maxLength: 4 }), (hostName, segments) => {
        const url = `app://${hostName}/${segments.join('/')}`;
        assert.equal(toElectronUrl(toChromiumUrl(url, schemes), schemes), url);
      }),
    );
  });
});

describe('Electron test double: key strokes', () => {
  test('Control+Shift+KeyI gives Electron inputs in keyboard order with the modifiers held', () => {
    const strokes = strokesFor('Control+Shift+KeyI').map(({ input }) => `${input.type} ${input.key} ${input.code} c${+input.control}s${+input.shift}`);
    assert.deepEqual(strokes, [
      'keyDown Control ControlLeft c1s0',
      'keyDown Shift ShiftLeft c1s1',
      'keyDown I KeyI c1s1',
      'keyUp I KeyI c1s1',
      'keyUp Shift ShiftLeft c1s0',
      'keyUp Control ControlLeft c0s0',
    ]);
  });

  test('letters are lower case without Shift; shifted punctuation gives its shifted key', () => {
    assert.equal(strokesFor('Control+KeyR')[1]!.input.key, 'r');
    assert.equal(strokesFor('Control+Shift+Equal')[2]!.input.key, '+');
  });

  test('a key the double does not know throws instead of guessing', () => {
    assert.throws(() => strokesFor('Control+ß'), NotModelledError);
    assert.throws(() => strokesFor('Hyper+KeyA'), NotModelledError);
  });
});

describe('Electron test double: the unknown throws', () => {
  test('fields Electron fills in but the double cannot observe throw when read, and only then', () => {
    const details = withUnobservableFields({ reason: 'crashed' }, ['exitCode'], 'render-process-gone details') as { reason: string; exitCode?: number };
    assert.equal(details.reason, 'crashed');
    assert.throws(() => details.exitCode, /render-process-gone details.exitCode is not modelled/);
  });

  test('the type check keeps Electron’s namespace and drops its ambient modules', () => {
    const typings = "// header\ndeclare namespace Electron {\n  interface App {}\n}\n\ndeclare module 'electron' {\n  export = Electron.CrossProcessExports;\n}\n";
    const namespace = electronNamespaceOnly(typings);
    assert.match(namespace, /declare namespace Electron/);
    assert.doesNotMatch(namespace, /declare module/);
    assert.throws(() => electronNamespaceOnly('declare namespace Electron {}\n'), /layout changed/);
  });
});
