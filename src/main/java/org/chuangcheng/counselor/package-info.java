/** Counselor groups (创城辅导员, two to a group): which districts and units each group coaches, and so what its counselors read. */
package org.chuangcheng.counselor;
