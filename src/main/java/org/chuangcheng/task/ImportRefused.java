package org.chuangcheng.task;

import lombok.Getter;
import org.chuangcheng.shared.BusinessRuleException;

/** An import was asked for although the file has problems: nothing was saved. */
@Getter
public class ImportRefused extends BusinessRuleException {

    private final transient ImportPreview preview;

    ImportRefused(ImportPreview preview) {
        super("task.import.refused", preview.problems().size());
        this.preview = preview;
    }
}
