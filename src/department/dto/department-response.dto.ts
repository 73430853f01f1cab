export class DepartmentDto {
  /** The slug: the original's clients use `id`. */
  id: string;
  slug: string;
  name: string;
  description: string | null;
  color: string;
  icon: string | null;
  sunflower_index: number;
  cell_id: string;
  status: string;
  hidden: boolean;
  agents_count: number;
}
