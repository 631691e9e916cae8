package org.chuangcheng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.Getter;
import org.chuangcheng.attachment.Attachment;
import lombok.NoArgsConstructor;
import org.chuangcheng.checkpoint.Standard;

/** One standard of the checklist as the inspector found it; no result yet while the draft is open. */
@Entity
@Table(name = "inspection_items")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InspectionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id", nullable = false)
    private Standard standard;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private ItemResult result;

    @Column(length = 500)
    private String note;

    /** Photos of this standard as found; a failed item's become its problem's "before" photos. */
    @ManyToMany
    @JoinTable(name = "inspection_item_attachments", joinColumns = @JoinColumn(name = "inspection_item_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    InspectionItem(Inspection inspection, Standard standard) {
        this.inspection = inspection;
        this.standard = standard;
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    void addPhotos(List<Attachment> attachments) {
        photos.addAll(attachments);
    }

    void record(ItemResult result, String note) {
        this.result = result;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }
}
