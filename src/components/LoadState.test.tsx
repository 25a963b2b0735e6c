import '../__mocks__/component-test-setup';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { answerWith } from '../__mocks__/dynamic-plugin-sdk';
import { LoadState } from './LoadState';
import { WindowsPage } from './WindowsPage';

afterEach(cleanup);

/** A page whose read failed, in the frame every page shares, with the backend failing every call. */
function renderFailedPage(hasData: boolean) {
  answerWith(() => {
    throw new Error('Bad Gateway');
  });
  return render(
    <MemoryRouter>
      <WindowsPage title="WMCO upgrades" description="Upgrades">
        <LoadState loading={false} error="Bad Gateway" hasData={hasData}>
          <p>the last document</p>
        </LoadState>
      </WindowsPage>
    </MemoryRouter>,
  );
}

test('a failed backend call shows one alert, saying the page could not be loaded', async () => {
  const view = renderFailedPage(false);
  await waitFor(() => {
    assert.ok(view.container.querySelector('[data-test="caller-identity-unknown"]'));
  });
  const alerts = view.container.querySelectorAll('.pf-v6-c-alert');
  assert.equal(alerts.length, 1, 'one alert, not the identity’s and the page’s');
  assert.match(
    alerts[0]?.textContent ?? '',
    /Loading from the Windows Nodes backend failed.*Bad Gateway/,
  );
  assert.doesNotMatch(view.container.textContent, /latest update/);
});

test('a failure after a document was shown says the page stopped updating, above what it shows', async () => {
  const view = renderFailedPage(true);
  await waitFor(() => {
    assert.ok(view.container.querySelector('[data-test="caller-identity-unknown"]'));
  });
  const alerts = view.container.querySelectorAll('.pf-v6-c-alert');
  assert.equal(alerts.length, 1);
  assert.match(alerts[0]?.textContent ?? '', /Updates stopped/);
  assert.ok(screen.getByText('the last document'));
});
