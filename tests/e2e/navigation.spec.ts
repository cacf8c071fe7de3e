import { expect, test } from './fixtures';

test('home → topic → next → back → home', async ({ home, topic }) => {
  await home.open();
  await expect(home.heading).toHaveText('Learn about your health');
  await home.topic(/Muscle atrophy/).click();

  await expect(topic.heading).toHaveText('What is muscle atrophy?');
  await expect(topic.position('Page 1 of 3')).toBeVisible();
  await expect(topic.button('Back')).toBeDisabled();

  await topic.button('Next').click();
  await expect(topic.heading).toHaveText('Why does it happen?');
  await expect(topic.position('Page 2 of 3')).toBeVisible();
  await expect(topic.heading).toBeFocused();

  await topic.button('Back').click();
  await expect(topic.heading).toHaveText('What is muscle atrophy?');

  await topic.button('Home').first().click();
  await expect(home.heading).toHaveText('Learn about your health');
});

test('the last page offers a way home instead of Next', async ({ home, topic }) => {
  await home.open();
  await home.topic(/Muscle atrophy/).click();
  await topic.button('Next').click();
  await topic.button('Next').click();
  await expect(topic.position('Page 3 of 3')).toBeVisible();
  await expect(topic.button('Next')).toHaveCount(0);
  await topic.navigation.getByRole('button', { name: 'Home' }).click();
  await expect(home.heading).toHaveText('Learn about your health');
});

test('every topic page shows the care-team reminder', async ({ home, topic, page }) => {
  await home.open();
  await home.topic(/Muscle atrophy/).click();
  for (let index = 0; index < 3; index++) {
    await expect(page.getByText('This information does not replace advice from your care team.')).toBeVisible();
    if (index < 2) await topic.button('Next').click();
  }
});
