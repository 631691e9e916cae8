/** The evaluation system (测评体系) as a tree of indicators: reference data that tasks and problems point to. */
package org.chuangcheng.indicator;
