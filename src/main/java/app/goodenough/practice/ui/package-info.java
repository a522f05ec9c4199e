@NullMarked
package app.goodenough.practice.ui;

import org.jspecify.annotations.NullMarked;
