/** Local settings: the schema refuses bad values naming the field, the loader names the file, and every shipped file is valid. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS_FILE, SETTINGS_ENV, loadSettings, localContact, settingsFile, siteName } from '../../src/settings/load.ts';
import { settingsSchema } from '../../src/settings/schema.ts';
import { SITE_NAME } from '../../src/site/site.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, yaml: string) => {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
};
const problems = (data: unknown) => {
  const r = settingsSchema.safeParse(data);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};

describe('the settings schema', () => {
  it('accepts nothing set: the national site, with its own name and no local contacts', () => {
    const s = settingsSchema.parse({});
    expect(siteName(s)).toBe(SITE_NAME);
    expect(s.contacts).toEqual({});
    expect(localContact('complaints', s)).toBeUndefined();
  });

  it.each([
    [{ defaultGuidance: 'wales' }, /defaultGuidance must be one of "england", "salford", "scotland"; got "wales"/],
    [{ area: 'here', contacts: { complaints: { name: 'Complaints' } } }, /contacts\.complaints: a contact needs at least one of phone, email or url/],
    [{ area: 'here', contacts: { complaints: { name: 'Complaints', phone: '12345' } } }, /contacts\.complaints\.phone: phone must be a UK number/],
    [{ area: 'here', contacts: { complaints: { name: 'Complaints', url: 'http://example.org/' } } }, /contacts\.complaints\.url: url must be a full https:\/\/ address/],
    [{ contacts: { earlyHelp: { name: 'Hub', email: 'hub@example.org' } } }, /area: area must be set when any local contact is set/],
    [{ contacts: { helpdesk: { name: 'Desk', email: 'd@example.org' } }, area: 'here' }, /contacts: Unrecognized key/i],
    [{ reportMistake: { name: 'Web', email: 'not an address' } }, /reportMistake\.email: email must be an email address/],
  ])('refuses %j, naming the field', (data, message) => {
    expect(problems(data)).toMatch(message);
  });

  it('accepts UK numbers as people write them', () => {
    for (const phone of ['0141 496 0000', '01632 960100', '+44 1632 960100', '0800 1111 222']) {
      expect(problems({ area: 'here', contacts: { socialCare: { name: 'Social work', phone } } }), phone).toBe('');
    }
  });
});

describe('the settings loader', () => {
  it('uses settings/site.yaml unless SITE_SETTINGS names another file', () => {
    expect(settingsFile({})).toBe(DEFAULT_SETTINGS_FILE);
    expect(settingsFile({ [SETTINGS_ENV]: 'settings/examples/x.yaml' })).toBe('settings/examples/x.yaml');
  });

  it('fails naming the file and the field', () => {
    const file = write('bad.yaml', 'defaultGuidance: wales\n');
    expect(() => loadSettings(file)).toThrow(new RegExp(`${file}: defaultGuidance must be one of`));
    expect(() => loadSettings(write('broken.yaml', 'siteName: [unclosed\n'))).toThrow(/not valid YAML/);
    expect(() => loadSettings(join(dir, 'missing.yaml'))).toThrow(/SITE_SETTINGS=.*missing\.yaml: no such settings file/);
  });

  it.each(['settings/site.yaml', ...readdirSync('settings/examples').map((f) => `settings/examples/${f}`)])('%s is valid', (file) => {
    expect(() => loadSettings(file)).not.toThrow();
  });

  it('the shipped settings file sets nothing, so the national site shows no local contacts', () => {
    const s = loadSettings(DEFAULT_SETTINGS_FILE);
    expect(s).toEqual(settingsSchema.parse({}));
  });

  it('the Scottish example sets every kind of contact, for a made-up council with numbers kept for drama', () => {
    const s = loadSettings('settings/examples/scotland-example-council.yaml');
    expect(s.defaultGuidance).toBe('scotland');
    expect(Object.keys(s.contacts).sort()).toEqual(['complaints', 'earlyHelp', 'escalation', 'socialCare']);
    for (const c of [...Object.values(s.contacts), s.reportMistake]) {
      if (c?.phone) expect(c.phone).toMatch(/^01632 960\d{3}$/);
      if (c?.email) expect(c.email).toMatch(/@example\.org$/);
    }
  });
});
