package org.chuangcheng.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded photos under {@code app.uploads-dir}/yyyy/MM/, checks them by content and size, and
 * makes a thumbnail for lists. It does not decide who may see a file: the owning feature checks access
 * to its record, then calls {@link #serve}. Files of a transaction that rolls back are deleted with it;
 * {@link AttachmentCleanup} removes what a crash left behind.
 */
@Slf4j
@Service
@Transactional
public class AttachmentStore {

    static final int THUMBNAIL_WIDTH = 320;
    static final String THUMBNAIL_SUFFIX = ".thumb.jpg";

    private final Attachments attachments;
    private final Path root;
    private final long maxBytes;
    private final Clock clock;
    private final ImageDecoder images;
    private FileWriting files = Files::write;

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private volatile List<String[]> references;

    AttachmentStore(Attachments attachments, @Value("${app.uploads-dir}") Path root,
            @Value("${app.uploads.max-file-size:10MB}") DataSize maxSize, Clock clock, ImageDecoder images,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.root = root.toAbsolutePath();
        this.maxBytes = maxSize.toBytes();
        this.clock = clock;
        this.images = images;
    }

    /** Stores every non-empty file, all or nothing: one bad file refuses the whole set. */
    public List<Attachment> storeAll(List<MultipartFile> files, Actor uploader) {
        List<MultipartFile> present = files == null ? List.of()
                : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile file : present) {
            contents.add(checkedBytes(file));
        }
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            stored.add(write(present.get(i).getOriginalFilename(), contents.get(i), uploader));
        }
        return stored;
    }

    /** Stores one image; refuses a file that is empty, too large or not an image by its content. */
    public Attachment store(MultipartFile file, Actor uploader) {
        return write(file.getOriginalFilename(), checkedBytes(file), uploader);
    }

    /** Stores image bytes that did not come from a browser (demo data, imports). */
    public Attachment store(String originalName, byte[] content, Actor uploader) {
        check(content);
        return write(originalName, content, uploader);
    }

    @Transactional(readOnly = true)
    public Attachment get(Long id) {
        return attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
    }

    /**
     * Deletes the attachment, and its files once the transaction commits, unless a record still names it: a
     * visit's photo is also the evidence of the problems raised from that visit, so every table that refers to
     * attachments is asked. Call after the owning record has let go of it (and flushed). Returns whether it went.
     */
    public boolean discardIfUnused(Long id) {
        Attachment attachment = get(id);
        StringBuilder sql = new StringBuilder("select ");
        List<String[]> references = references();
        for (int i = 0; i < references.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("exists (select 1 from ").append(quoted(references.get(i)[0]))
                    .append(" where ").append(quoted(references.get(i)[1])).append(" = ?)");
        }
        Object[] ids = new Object[references.size()];
        Arrays.fill(ids, id);
        if (!references.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject(sql.toString(), Boolean.class, ids))) {
            return false;
        }
        attachments.delete(attachment);
        attachments.flush();
        deleteOnceCommitted(root.resolve(attachment.getStorageKey()), root.resolve(thumbnailKey(attachment.getStorageKey())));
        return true;
    }

    /** The tables and columns with a foreign key to attachments, read once from the catalog. */
    private List<String[]> references() {
        List<String[]> known = references;
        if (known == null) {
            known = jdbc.query("""
                    select cl.relname, a.attname from pg_constraint c
                      join pg_class cl on cl.oid = c.conrelid
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                     where c.contype = 'f' and c.confrelid = 'attachments'::regclass
                    """, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
            references = known;
        }
        return known;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void deleteOnceCommitted(Path... files) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(files, "its record went");
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(files, "its record went");
            }
        });
    }

    private static void delete(Path[] files, String after) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {} after {}: {}", file, after, e.getMessage());
            }
        }
    }

    /**
     * The file (or its thumbnail, when it has one). Call only after checking that the actor may see the
     * record the attachment belongs to.
     */
    @Transactional(readOnly = true)
    public AttachmentFile serve(Long id, boolean thumbnail) {
        Attachment attachment = get(id);
        boolean useThumbnail = thumbnail && attachment.isHasThumbnail();
        Path file = root.resolve(useThumbnail ? thumbnailKey(attachment.getStorageKey()) : attachment.getStorageKey());
        if (!Files.isReadable(file)) {
            log.warn("Attachment {} is missing on disk at {}", id, file);
            throw new NotFoundException("attachment file", id);
        }
        return new AttachmentFile(new FileSystemResource(file),
                useThumbnail ? MediaType.IMAGE_JPEG : MediaType.parseMediaType(attachment.getContentType()),
                attachment.getOriginalName());
    }

    private byte[] checkedBytes(MultipartFile file) {
        try {
            byte[] content = file.getBytes();
            check(content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(byte[] content) {
        if (content.length == 0) {
            throw new AttachmentRejected("attachment.empty");
        }
        if (content.length > maxBytes) {
            throw new AttachmentRejected("attachment.tooLarge", DataSize.ofBytes(maxBytes).toMegabytes());
        }
        ImageType type = ImageType.sniff(Arrays.copyOf(content, Math.min(content.length, 16)))
                .orElseThrow(() -> new AttachmentRejected("attachment.notAnImage"));
        images.checkSize(type, content);
    }

    private Attachment write(String originalName, byte[] content, Actor uploader) {
        ImageType type = ImageType.sniff(Arrays.copyOf(content, Math.min(content.length, 16))).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String key = String.format("%d/%02d/%s.%s", today.getYear(), today.getMonthValue(), UUID.randomUUID(),
                type.extension);
        Path target = root.resolve(key);
        Path thumbnailFile = root.resolve(thumbnailKey(key));
        deleteUnlessCommitted(target, thumbnailFile);
        try {
            Files.createDirectories(target.getParent());
            files.write(target, content);
        } catch (IOException e) {
            // a full disk leaves the first bytes behind: a file that looks like a photo but is not one
            deleteQuietly(target);
            log.error("Could not store an upload at {}: {}", target, e.toString());
            throw new AttachmentRejected(isOutOfSpace(e) ? "attachment.storageFull" : "attachment.storageFailed");
        }
        boolean thumbnail = images.writeThumbnail(content, thumbnailFile, THUMBNAIL_WIDTH);
        if (!thumbnail) {
            deleteQuietly(thumbnailFile);
        }
        String name = ImageType.displayName(originalName, type);
        return attachments.save(new Attachment(key, name, type.contentType, content.length, sha256(content),
                thumbnail, uploader.accountId(), clock.instant()));
    }

    /** ENOSPC and EDQUOT, as the JDK words them on Linux and Windows. */
    static boolean isOutOfSpace(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("no space left") || message.contains("quota exceeded")
                    || message.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** For tests only: writes uploads through {@code files} until {@link #writeFilesNormally()}. */
    void writeFilesWith(FileWriting files) {
        this.files = files;
    }

    void writeFilesNormally() {
        this.files = Files::write;
    }

    /** Writes an upload's bytes; tests put a disk that fills up in its place. */
    @FunctionalInterface
    interface FileWriting {
        void write(Path target, byte[] content) throws IOException;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    /**
     * The files of an upload live only as long as the record that names them: when the transaction that
     * writes them rolls back (a rule refused the step, a later photo was rejected, the database failed),
     * they are deleted with it. Outside a transaction there is nothing to roll back.
     */
    private static void deleteUnlessCommitted(Path... files) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(files, "a rollback");
                }
            }
        });
    }

    static String thumbnailKey(String key) {
        return key + THUMBNAIL_SUFFIX;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
