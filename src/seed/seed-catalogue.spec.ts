import { councilSlugOf } from '../council/council-slug';
import { buildSeedCatalogue, shortDepartmentName } from './seed-catalogue';

describe('buildSeedCatalogue', () => {
  const catalogue = buildSeedCatalogue();

  it('has 12 departments (8 visible, 4 hidden) with 6 agents each', () => {
    expect(catalogue.departments).toHaveLength(12);
    expect(catalogue.departments.filter((d) => d.hidden).map((d) => d.slug)).toEqual(['chakra', 'blackops', 'security', 'rdlab']);
    expect(catalogue.departments.map((d) => d.cellId)).toEqual(Array.from({ length: 12 }, (_, i) => `D${i + 1}`));
    expect(catalogue.agents).toHaveLength(72);
    expect(new Set(catalogue.agents.map((a) => a.cellId)).size).toBe(72);
    expect(new Set(catalogue.agents.map((a) => a.name)).size).toBe(72);
  });

  it('derives cell ids, indexes and names from positions', () => {
    const customer = catalogue.agents.filter((a) => a.department === 'customer');
    expect(customer.map((a) => a.cellId)).toEqual(['A81', 'A82', 'A83', 'A84', 'A85', 'A86']);
    expect(customer[4]).toMatchObject({
      name: 'Knowledge Synthesizer Customer Success',
      role: 'synth',
      type: 'Knowledge Synthesizer',
      sunflowerIndex: 85,
      capabilities: 'Specialized in synth functions',
      description: 'Knowledge Synthesizer for Customer Success',
    });
    const rdlab = catalogue.agents.filter((a) => a.department === 'rdlab');
    expect(rdlab.map((a) => a.cellId)).toEqual(['A121', 'A122', 'A123', 'A124', 'A125', 'A126']);
    expect(rdlab[0].name).toBe('Lab Pioneer');
  });

  it('has 4 councils of 5 experts with slugs, and the chat categories and config defaults', () => {
    expect(catalogue.councils.map((c) => c.slug)).toEqual(['finance_council', 'tech_council', 'strategy_council', 'psychology_council']);
    expect(catalogue.councils.every((c) => c.members.length === 5 && c.members.every((m) => m.expertise.length === 2))).toBe(true);
    expect(catalogue.chatCategories.map((c) => c.name)).toEqual(['executive', 'departments', 'agents', 'council', 'general']);
    expect(catalogue.configDefaults.map((c) => c.key)).not.toContain('llm.active_model');
  });

  it('short names and council slugs', () => {
    expect(shortDepartmentName('Sales & Business Development')).toBe('Sales');
    expect(shortDepartmentName('Human Resources')).toBe('Human Resources');
    expect(councilSlugOf('Psychology Council')).toBe('psychology_council');
  });
});
