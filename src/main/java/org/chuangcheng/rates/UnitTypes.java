package org.chuangcheng.rates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chuangcheng.organization.UnitType;

/**
 * Every unit's type (inactive units included: their records still count), read once for a whole view
 * ({@link DashboardFigures#unitTypes()}) and handed to each figure of it, so that a unit-type filter costs one
 * statement per view rather than one per figure.
 */
public record UnitTypes(Map<Long, UnitType> byId) {

    public UnitTypes {
        byId = Map.copyOf(byId);
    }

    /** The ids of the units of a type, in order; {@code null} for no type (all units). */
    public List<Long> idsOf(UnitType type) {
        return type == null ? null : byId.entrySet().stream().filter(e -> e.getValue() == type)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The same as a set; {@code null} for no type. */
    public Set<Long> setOf(UnitType type) {
        return type == null ? null : idsOf(type).stream().collect(Collectors.toUnmodifiableSet());
    }

    UnitType typeOf(Long unitId) {
        return byId.get(unitId);
    }
}
