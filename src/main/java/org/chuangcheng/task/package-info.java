/** The task book (任务书): tasks decomposed to units, progress reports, 限期办结, 逐项销号, Excel import and export. */
package org.chuangcheng.task;
