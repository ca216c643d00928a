import { expect, inject, it } from 'vitest';
it('serves the home page', async () => {
  const res = await fetch(`${inject('baseUrl')}/`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Lead Professional Guide');
});
