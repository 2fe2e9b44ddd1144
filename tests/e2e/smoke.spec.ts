import { test, expect } from '@playwright/test';

test('landing page opens', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Container Atlas');
});
