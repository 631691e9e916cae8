/**
 * The monthly ranking (月排名): units ranked within their type by a weighted score of their rates, months
 * closed into snapshots that later edits never change, reopened and re-closed with a reason.
 */
package org.chuangcheng.ranking;
