import { pageTotal, screenTitle, topicText, uiText } from './content-data';
import { expect, test } from './fixtures';

test('home → topic → next → back → home', async ({ home, topic }) => {
  await home.open();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
  await home.topic(new RegExp(topicText('en', 'title'))).click();

  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  await expect(topic.position(`Page 1 of ${pageTotal}`)).toBeVisible();
  await expect(topic.button('Back')).toBeDisabled();

  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await expect(topic.position(`Page 2 of ${pageTotal}`)).toBeVisible();
  await expect(topic.heading).toBeFocused();

  await topic.button('Back').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));

  await topic.button('Home').first().click();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
});

test('every page in order, each with the care-team reminder, ending with Sources and review', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  for (let index = 0; index < pageTotal; index++) {
    await expect(topic.heading).toHaveText(screenTitle('en', index));
    await expect(topic.position(`Page ${index + 1} of ${pageTotal}`)).toBeVisible();
    await expect(page.getByText(uiText('en', 'app.careTeamNote'))).toBeVisible();
    if (index < pageTotal - 1) await topic.button('Next').click();
  }
  await expect(page.getByText(uiText('en', 'sources.notReviewed'))).toBeVisible();
  await expect(page.getByText(topicText('en', 'sources.reference-article'))).toBeVisible();
  // The last page offers the way home instead of Next.
  await expect(topic.button('Next')).toHaveCount(0);
  await topic.navigation.getByRole('button', { name: 'Home' }).click();
  await expect(home.heading).toBeVisible();
});

test('a tapped medical word opens its definition, and Close returns to the page', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  const term = page.locator('button.term').first();
  await expect(term).toBeVisible();
  const termId = await term.getAttribute('data-term');
  await term.click();
  const popup = page.getByRole('dialog');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading')).toHaveText(topicText('en', `glossary.${termId}.term`));
  await expect(popup).toContainText(topicText('en', `glossary.${termId}.definition`));
  await popup.getByRole('button', { name: 'Close' }).click();
  await expect(popup).toBeHidden();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
});
