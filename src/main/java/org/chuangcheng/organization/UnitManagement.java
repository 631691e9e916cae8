package org.chuangcheng.organization;

import org.chuangcheng.shared.LikePatterns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Changes;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.UnitDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responsible units. Office and administrators manage them; a liaison sees only her own unit and may
 * change only its contact details.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitManagement implements UnitDirectory {

    private final Units units;
    private final UnitAliases aliases;
    private final ApplicationEventPublisher events;

    public Unit create(String name, String shortName, UnitType type, Long parentId) {
        return created(insert(name, shortName, type, parentId));
    }

    /** Creates a unit with its contact details; {@code active = false} records a unit that no longer takes part. */
    public Unit create(String name, String shortName, UnitType type, Long parentId, String contactPerson,
            String contactPhone, boolean active) {
        Unit unit = insert(name, shortName, type, parentId);
        unit.changeContact(blankToNull(contactPerson), blankToNull(contactPhone));
        unit.setActive(active);
        return created(unit);
    }

    private Unit insert(String name, String shortName, UnitType type, Long parentId) {
        if (units.existsByNameIgnoreCase(name.trim())) {
            throw new BusinessRuleException("unit.name.taken", name.trim()).concerning("name");
        }
        return units.save(new Unit(name.trim(), blankToNull(shortName), type, parentOrNull(parentId)));
    }

    private Unit created(Unit unit) {
        events.publishEvent(AuditEvents.of("", "UNIT_CREATED", target(unit), Changes.describe(state(unit))));
        return unit;
    }

    public Unit update(Long id, long expectedVersion, String name, String shortName, UnitType type, Long parentId,
            String contactPerson, String contactPhone, boolean active) {
        Unit unit = get(id);
        checkVersion(unit, expectedVersion);
        String trimmed = name.trim();
        if (!unit.getName().equalsIgnoreCase(trimmed) && units.existsByNameIgnoreCase(trimmed)) {
            throw new BusinessRuleException("unit.name.taken", trimmed).concerning("name");
        }
        Unit parent = parentOrNull(parentId);
        for (Unit p = parent; p != null; p = p.getParent()) {
            if (p.getId().equals(unit.getId())) {
                throw new BusinessRuleException("unit.parent.cycle").concerning("parentId");
            }
        }
        Map<String, Object> before = state(unit);
        unit.rename(trimmed, blankToNull(shortName), type, parent);
        unit.changeContact(blankToNull(contactPerson), blankToNull(contactPhone));
        unit.setActive(active);
        audit(unit, before);
        return unit;
    }

    /** A liaison keeps her own unit's contact details current. */
    public Unit updateContact(Actor actor, Long id, long expectedVersion, String contactPerson, String contactPhone) {
        Unit unit = getVisible(actor, id);
        if (!actor.isOfficeOrAdmin() && !actor.isConfinedToUnit()) {
            throw new AccessDeniedException("unit contact");
        }
        checkVersion(unit, expectedVersion);
        Map<String, Object> before = state(unit);
        unit.changeContact(blankToNull(contactPerson), blankToNull(contactPhone));
        audit(unit, before);
        return unit;
    }

    @Transactional(readOnly = true)
    public Unit get(Long id) {
        return units.findWithParentById(id).orElseThrow(() -> new UnitNotFound(id));
    }

    /** The unit, if the actor may see it: a liaison only her own, others every unit. */
    @Transactional(readOnly = true)
    public Unit getVisible(Actor actor, Long id) {
        if (!actor.canSeeUnit(id)) {
            throw new UnitNotFound(id);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public Page<Unit> search(Actor actor, UnitType type, String text, Pageable pageable) {
        Long onlyId = actor.confinedUnitId();
        return units.search(type, text == null || text.isBlank() ? null : LikePatterns.escape(text.trim()), onlyId,
                pageable);
    }

    /** The units directly under a unit the actor may see (a district's streets, a street's communities). */
    @Transactional(readOnly = true)
    public List<Unit> children(Actor actor, Long id) {
        getVisible(actor, id);
        return units.findByParentIdOrderByName(id).stream().filter(u -> actor.canSeeUnit(u.getId())).toList();
    }

    @Transactional(readOnly = true)
    public List<Unit> active() {
        return units.findByActiveTrueOrderByTypeAscNameAsc();
    }

    /** The active units as id and label, in the order of {@link #active()}, without loading the entities. */
    @Transactional(readOnly = true)
    public List<Option> activeLabels() {
        return units.findActiveOptions();
    }

    /**
     * The units a list may be filtered by for this actor, as id and label: every active unit, or the active units
     * she is confined to (a counselor's groups); none when she reaches one unit only (a liaison), so that a list
     * shows no unit filter then.
     */
    @Transactional(readOnly = true)
    public List<Option> filterUnits(Actor actor) {
        if (!actor.isConfinedToUnit()) {
            return activeLabels();
        }
        java.util.Set<Long> reach = actor.confinedUnitIds();
        return reach.size() < 2 ? List.of()
                : activeLabels().stream().filter(u -> reach.contains(u.id())).toList();
    }

    /** The active districts as id and label, by name, without loading the entities. */
    @Transactional(readOnly = true)
    public List<Option> districtLabels() {
        return units.findActiveOptionsOfType(UnitType.DISTRICT);
    }

    /** Every unit's type, inactive units included (their records still count), by unit id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, UnitType> typesById() {
        java.util.Map<Long, UnitType> types = new java.util.HashMap<>();
        units.findIdsAndTypes().forEach(row -> types.put((Long) row[0], (UnitType) row[1]));
        return types;
    }

    @Transactional(readOnly = true)
    public List<Unit> districts() {
        return units.findByTypeAndActiveTrueOrderByName(UnitType.DISTRICT);
    }

    /** Finds a unit by its full or short name, as people write them in spreadsheets. */
    @Transactional(readOnly = true)
    public Optional<Unit> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        return units.findByName(trimmed).or(() -> units.findByShortName(trimmed));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> activeUnits() {
        return active().stream().map(u -> new Option(u.getId(), u.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long unitId) {
        return unitId == null ? Optional.empty() : units.findById(unitId).map(Unit::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Long unitId) {
        return unitId != null && units.existsById(unitId);
    }

    /** The other names files used for units, as the office taught them: alias → unit. */
    @Transactional(readOnly = true)
    public Map<String, Unit> aliases() {
        Map<String, Unit> result = new LinkedHashMap<>();
        aliases.findAllBy().forEach(a -> result.put(a.getAlias(), a.getUnit()));
        return result;
    }

    /** The names taught for units, alphabetically (the office's page of what the import has learned). */
    @Transactional(readOnly = true)
    public List<TaughtAlias> taughtAliases(Actor actor) {
        requireOfficeOrAdmin(actor);
        return aliases.findAllBy().stream().map(a -> new TaughtAlias(a.getId(), a.getAlias(), a.getUnit().getLabel(),
                a.getCreatedAt())).sorted(java.util.Comparator.comparing(TaughtAlias::alias)).toList();
    }

    /** Forgets a taught name: the next import reports it as unknown again. Absent (or forgotten): not found. */
    public void forgetAlias(Actor actor, Long aliasId) {
        requireOfficeOrAdmin(actor);
        aliases.delete(aliases.findById(aliasId).orElseThrow(() -> new NotFoundException("unit alias", aliasId)));
    }

    /**
     * Remembers that a file's name for a unit means this unit; a name taught before is pointed at the unit
     * named now. A unit's own name needs no alias and is refused, so a unit is never found under another's name.
     */
    public void rememberAlias(Actor actor, String alias, Long unitId) {
        requireOfficeOrAdmin(actor);
        String name = alias == null ? "" : alias.trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new BusinessRuleException("unit.alias.invalid").concerning("alias");
        }
        Unit unit = get(unitId);
        if (units.existsByNameIgnoreCase(name) || units.findByShortName(name).isPresent()) {
            throw new BusinessRuleException("unit.alias.isName", name).concerning("alias");
        }
        aliases.findByAliasIgnoreCase(name).ifPresentOrElse(a -> {
            aliases.delete(a);
            aliases.flush();
            aliases.save(new UnitAlias(name, unit));
        }, () -> aliases.save(new UnitAlias(name, unit)));
    }

    /** The office enters a unit a file named before the city had it (from the import's preview). */
    public Unit create(Actor actor, String name, UnitType type, Long parentId) {
        requireOfficeOrAdmin(actor);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new BusinessRuleException("unit.alias.invalid").concerning("name");
        }
        if (type == null) {
            throw new BusinessRuleException("unit.type.required").concerning("type");
        }
        return create(trimmed, null, type, parentId);
    }

    static void requireOfficeOrAdmin(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new AccessDeniedException("only the campaign office manages units");
        }
    }

    /** What the audit log shows of a unit, before and after an edit. */
    private static Map<String, Object> state(Unit unit) {
        Map<String, Object> state = Changes.snapshot();
        state.put("name", unit.getName());
        state.put("shortName", unit.getShortName());
        state.put("type", unit.getType());
        state.put("parent", unit.getParent() == null ? null : target(unit.getParent()));
        state.put("contactPerson", unit.getContactPerson());
        state.put("contactPhone", unit.getContactPhone());
        state.put("active", unit.isActive());
        return state;
    }

    private void audit(Unit unit, Map<String, Object> before) {
        Changes changes = Changes.between(before, state(unit));
        if (!changes.isEmpty()) {
            events.publishEvent(AuditEvents.of("", "UNIT_CHANGED", target(unit), changes.toString()));
        }
    }

    private static String target(Unit unit) {
        return "unit #" + unit.getId() + " " + unit.getName();
    }

    private Unit parentOrNull(Long parentId) {
        return parentId == null ? null : get(parentId);
    }

    private static void checkVersion(Unit unit, long expectedVersion) {
        if (unit.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
