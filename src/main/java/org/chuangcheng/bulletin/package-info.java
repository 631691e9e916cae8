/**
 * The monthly bulletin (通报): made from a closed ranking as PDF and .xlsx, stored as published bytes that
 * never change, archived and downloadable.
 */
package org.chuangcheng.bulletin;
