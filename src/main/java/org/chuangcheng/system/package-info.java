/** Cross-cutting web plumbing: embedded database, locale, error handling, the home page. */
package org.chuangcheng.system;
