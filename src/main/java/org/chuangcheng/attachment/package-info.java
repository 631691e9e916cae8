/**
 * Uploaded photos and their thumbnails, kept in a configurable directory on disk. The feature that owns
 * the record a photo belongs to decides who may see it and serves it through {@link AttachmentStore#serve}.
 */
package org.chuangcheng.attachment;
