import { searchScenarios } from './support/search-scenarios';

describe('GET /api/v1/search on SQLite (FTS5)', () => {
  searchScenarios(async () => ({}));
});
