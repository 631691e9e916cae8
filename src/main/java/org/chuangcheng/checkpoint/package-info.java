/** Checkpoints (点位), their categories (点位类型) and the standards (达标标准) each category must meet. */
package org.chuangcheng.checkpoint;
