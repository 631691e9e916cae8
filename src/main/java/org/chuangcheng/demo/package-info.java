/**
 * The demo city: a realistic campaign loaded into an empty database on the zero-setup default, so every
 * page shows something real on first start. Never active in the prod profile; nothing depends on it.
 */
package org.chuangcheng.demo;
