/**
 * The From mailbox when the header hides the address behind a name-only entry
 * (`Microsoft account team ,_<x@evil>`): mail clients show the name and reply to the address after
 * it, so every sender check must see both.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (from: string, replyTo?: string) =>
  analyzeEmail(
    eml({
      from,
      ...(replyTo ? { replyTo } : {}),
      to: 'user@fabrikam.example',
      subject: 'Account notice',
      text: 'Please review your account.',
    }),
    {
      config: resolveConfig({}),
      scorer: null,
    },
  );

describe('From with a name-only entry before the address', () => {
  it.each([
    ['Microsoft account team ,_<no-reply@access-accsecurity.example>', 'no-reply@access-accsecurity.example'],
    ['Microsoft Support,(<noreply@team.mobile-help.example>)', 'noreply@team.mobile-help.example'],
  ])('reads %s as the address a reply goes to, and the brand name a reader sees', async (from, address) => {
    const v = await scan(from, 'helpdesk-recovery@gmail.com');
    expect(v.input.from).toContain(address);
    expect(expectFires(v, 'email.sender.brand_display_name').message).toContain('Microsoft');
    expectFires(v, 'email.sender.reply_to_mismatch');
    expect(expectFires(v, 'email.sender.from_name_decoy').message).toContain(address);
  });
  it('fires from_name_decoy when the name before the address is all a reader sees', async () => {
    const v = await scan('WOW TV, jehd <service@stayfriends.example>');
    expect(expectFires(v, 'email.sender.from_name_decoy').message).toContain('WOW TV');
  });
  it('keeps an unquoted "Last, First" sender whole: the address and both names, no brand claim', async () => {
    const v = await scan('Moreau, Ines <ines.moreau@fabrikam.example>');
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.sender.reply_to_mismatch');
    expectAbsent(v, 'email.sender.from_name_decoy');
    expect(v.verdict).toBe('clean');
  });
  it('does not fire for a quoted "Last, First" name or a plain sender', async () => {
    for (const from of [
      '"Moreau, Ines" <ines.moreau@fabrikam.example>',
      'Ines Moreau <ines.moreau@fabrikam.example>',
    ]) {
      expectAbsent(await scan(from), 'email.sender.from_name_decoy');
    }
  });
});
