import type { Label } from '../store';

/** app/views/api/v1/accounts/labels/*.json.jbuilder: exactly these keys. */
export function labelView(label: Label) {
  return {
    id: label.id,
    title: label.title,
    description: label.description,
    color: label.color,
    show_on_sidebar: label.show_on_sidebar,
  };
}
