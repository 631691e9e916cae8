package org.chuangcheng.task.web;

import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.UnitType;

/**
 * What the office says about a name the file uses and the directory does not know: it means an existing
 * record ({@code targetId}) or a new one ({@code create}) of a type under a parent (for a work group: its
 * lead unit, in {@code parentId}).
 */
@Getter
@Setter
class UnknownNameForm {

    private String name;
    private String action;
    private Long targetId;
    private UnitType type;
    private Long parentId;

    boolean isCreate() {
        return "create".equals(action);
    }
}
