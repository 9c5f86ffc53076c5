import { describe, expect, it } from 'vitest';
import { strings } from '../i18n/strings.ts';
import { LoadError } from './load.ts';
import { DataUrlRefused, failureMessage } from './mode-data.ts';

describe('failureMessage', () => {
  it('uses the per-kind message of the portal, in the reader’s language, with the detail', () => {
    expect(failureMessage(strings('zh'), new LoadError('version', 'schemaVersion 2'))).toEqual({
      message: strings('zh').errors.load.version,
      detail: 'schemaVersion 2',
    });
    expect(failureMessage(strings('en'), new LoadError('notFound')).message).toBe(
      strings('en').errors.load.notFound,
    );
  });

  it('a refused ?data= address gets the data-address message; anything else the generic one', () => {
    expect(failureMessage(strings('en'), new DataUrlRefused()).message).toBe(
      strings('en').errors.dataUrl,
    );
    expect(failureMessage(strings('zh'), new TypeError('x'))).toEqual({
      message: strings('zh').errors.data,
      detail: '',
    });
  });
});
