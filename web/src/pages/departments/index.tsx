import { Link } from 'react-router';
import { useDepartments } from '../../api/hooks';
import { useSession } from '../../app/session';

/** The departments grid; hidden ones only for the founder, marked. */
export default function DepartmentsPage() {
  const { role } = useSession();
  const departments = useDepartments(role === 'founder');
  return (
    <div className="page">
      <h1>Departments</h1>
      {departments.error && <p role="alert" className="error">{departments.error.message}</p>}
      <ul className="grid" data-testid="departments">
        {(departments.data?.departments ?? []).map((d) => (
          <li key={d.slug}>
            <Link to={`/departments/${encodeURIComponent(d.slug)}`} className={`card dept ${d.hidden ? 'hidden-dept' : ''}`} style={{ borderTopColor: d.color ?? undefined }}>
              <span className="title">{d.name}</span>
              {d.hidden && <span className="badge">Hidden (founder only)</span>}
              <span className="muted">{d.agents_count} agents</span>
              {d.description && <span className="desc">{d.description}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
