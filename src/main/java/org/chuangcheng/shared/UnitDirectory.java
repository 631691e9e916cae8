package org.chuangcheng.shared;

import java.util.List;
import java.util.Optional;

/**
 * Unit names and choices for features that the organisation feature itself depends on (accounts),
 * so that no cycle arises between them.
 */
public interface UnitDirectory {

    /** Active units, sorted for a drop-down. */
    List<Option> activeUnits();

    Optional<String> nameOf(Long unitId);

    boolean exists(Long unitId);

    /** A choice in a drop-down: the id and the label shown. */
    record Option(Long id, String label) {
    }
}
