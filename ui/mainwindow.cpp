#include "mainwindow.h"
namespace osc {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
