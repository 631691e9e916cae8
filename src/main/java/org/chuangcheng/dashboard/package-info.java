/**
 * The leaders' dashboard and wall screen, the monthly ranking (月排名) and the bulletin (通报); reads every
 * figure through the rates and task features' public APIs, and nothing depends on it.
 */
package org.chuangcheng.dashboard;
