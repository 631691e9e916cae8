/**
 * Volunteer activities (志愿服务) that units stage, and their figures (batches, person-times, service hours)
 * by unit, district and month, exported to Excel.
 */
package org.chuangcheng.activity;
