package org.chuangcheng.checkpoint;

/** What the checkpoint list is narrowed to; every field is optional. */
public record CheckpointFilter(Long districtId, Long categoryId, Long unitId, String text, boolean includeInactive) {

    public static CheckpointFilter none() {
        return new CheckpointFilter(null, null, null, null, false);
    }
}
