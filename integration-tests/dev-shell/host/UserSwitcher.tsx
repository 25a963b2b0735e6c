import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { defaultUser, devShellUsers, userCookieName } from '../contract';
import { readCookie } from './cookies';

/** Picks whose token the shell's proxy sends to the BFF; the page reloads, as a new login would. */
export function UserSwitcher() {
  // The same fallback as the server's, so the switcher shows whose token is sent.
  const cookie = readCookie(userCookieName);
  const current = devShellUsers.find((user) => user === cookie) ?? defaultUser;
  const switchTo = (user: string) => {
    document.cookie = `${userCookieName}=${user}; path=/; SameSite=Strict`;
    window.location.reload();
  };
  return (
    <FormSelect
      aria-label="User"
      value={current}
      onChange={(_event, user) => {
        switchTo(user);
      }}
    >
      {devShellUsers.map((user) => (
        <FormSelectOption key={user} value={user} label={user} />
      ))}
    </FormSelect>
  );
}
