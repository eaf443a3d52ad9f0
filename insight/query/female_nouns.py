"""'Durchschnittsalter der abgewanderten Kundinnen': a German feminine customer noun said alone (Kundinnen, Kundin,
Käuferinnen) names the female customers where the data has a gender column with a female value — never all customers
with the word dropped. Written with a gender-inclusive capital I ('KundInnen') or beside the plain noun ('Kundinnen
und Kunden') it stays all customers; where the data has no gender, the word is the customers noun as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from insight.query import lazy_re
from insight.query.plan import Filter, QueryPlan

if TYPE_CHECKING:
    from insight.dataset import Dataset

STEP = "female_customers"
_FEMININE = frozenset({"kundinnen", "kundin", "kauferinnen", "kauferin", "abonnentinnen", "abonnentin"})
_PLAIN = frozenset({"kunden", "kunde", "kaufer", "abonnenten", "abonnent", "customers", "customer"})
_INNER_CAPITAL = lazy_re.compile(r"[a-zäöüß]I")
# a word the value index holds for a female value wherever a gender column holds one ('Female', 'F', 'W', 'weiblich')
_FEMALE_WORD = "frauen"


def female_customers(plan: QueryPlan, surface: dict[str, str], ds: Dataset | None, steps: list[str]) -> QueryPlan:
    """``plan`` restricted to the female customers when the question calls the customers by a feminine noun alone."""
    if plan.status != "ok" or ds is None:
        return plan
    said = [w for w in surface if w in _FEMININE]
    if not said or set(surface) & _PLAIN or any(_INNER_CAPITAL.search(surface[w]) for w in said):
        return plan
    from insight.semantic.values import value_index

    found = value_index(ds).get(_FEMALE_WORD, [])
    if len({dim for dim, _ in found}) != 1 or len(found) != 1:
        return plan
    dimension, value = found[0]
    if (
        any(f.dimension == dimension for f in plan.filters)
        or dimension in plan.group_by
        or not isinstance(value, (str, int, float))
    ):
        return plan
    steps.append(STEP)
    return plan.model_copy(update={"filters": (*plan.filters, Filter(dimension=dimension, values=(value,)))})
