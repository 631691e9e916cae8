package org.chuangcheng.rates;

import java.time.LocalDate;

/**
 * A problem closed in the period with a photo from before (raised) and after (the accepted evidence), as a
 * bulletin shows them.
 */
public record TypicalProblem(long id, String description, String unitName, String checkpointName, LocalDate assignedOn,
        Long beforeAttachmentId, Long afterAttachmentId) {
}
